extension AttendanceTagger {
  /// Russian cues (columns as in `english`). Verbs are `both`: the people after them when there are any,
  /// otherwise the subject before them.
  static let russian = """
    возглавил|led|both
    возглавила|led|both
    возглавили|led|both
    возглавлял|led|both
    возглавляла|led|both
    возглавляет|led|both
    во главе с|led|fwd
    под руководством|led|fwd
    председательствовал|led|both
    председательствовала|led|both
    представлял|led|both
    представляла|led|both
    участвовал|present|both
    участвовала|present|both
    участвовали|present|both
    принял участие|present|both
    приняла участие|present|both
    приняли участие|present|both
    участие во встрече принял|present|fwd
    участие во встрече приняла|present|fwd
    участие во встрече приняли|present|fwd
    участие в переговорах принял|present|fwd
    участие в переговорах приняла|present|fwd
    участие в переговорах приняли|present|fwd
    участие в заседании принял|present|fwd
    участие в заседании приняла|present|fwd
    участие в заседании приняли|present|fwd
    присоединился|present|both
    присоединилась|present|both
    присутствовал|present|both
    присутствовала|present|both
    провел|present|both
    провела|present|both
    провели|present|both
    встретился|present|both
    встретилась|present|both
    встречался|present|both
    встречалась|present|both
    беседовали|present|both
    беседовал|present|both
    подписали|present|both
    подписал|present|both
    подписала|present|both
    сопровождал|present|both
    сопровождала|present|both
    сопровождали|present|both
    в составе делегации|present|both
    не участвовал|absent|both
    не участвовала|absent|both
    не участвовали|absent|both
    не принимал участия|absent|both
    не принимала участия|absent|both
    участия не принимал|absent|both
    участия не принимала|absent|both
    не присутствовал|absent|both
    не присутствовала|absent|both
    отсутствовал|absent|both
    отсутствовала|absent|both
    не принимал|absent|both
    не принимала|absent|both
    не вошел в состав|absent|both
    не вошла в состав|absent|both
    не приехал|absent|both
    не приехала|absent|both
    не был|absent|both
    не была|absent|both
    не участвовал в переговорах|absent|both
    """
}
