extension AttendanceTagger {
  /// Ukrainian cues (columns as in `english`).
  static let ukrainian = """
    очолив|led|both
    очолила|led|both
    очолили|led|both
    очолював|led|both
    очолювала|led|both
    очолює|led|both
    на чолі з|led|fwd
    під керівництвом|led|fwd
    головував|led|both
    головувала|led|both
    представляв|led|both
    представляла|led|both
    брав участь|present|both
    брала участь|present|both
    брали участь|present|both
    взяв участь|present|both
    взяла участь|present|both
    взяли участь|present|both
    узяв участь|present|both
    узяла участь|present|both
    узяли участь|present|both
    долучився|present|both
    долучилася|present|both
    приєднався|present|both
    приєдналася|present|both
    участь у переговорах також узяв|present|both
    був присутній|present|both
    була присутня|present|both
    провів|present|both
    провела|present|both
    провели|present|both
    зустрівся|present|both
    зустрілася|present|both
    зустрічався|present|both
    підписав|present|both
    підписала|present|both
    підписали|present|both
    супроводжував|present|both
    супроводжувала|present|both
    у складі делегації|present|both
    не брав участі|absent|both
    не брав|absent|both
    не брала|absent|both
    не брала участі|absent|both
    не брали участі|absent|both
    участі не брав|absent|both
    участі не брала|absent|both
    не взяв участі|absent|both
    не взяла участі|absent|both
    не узяв участі|absent|both
    не узяла участі|absent|both
    участі не взяв|absent|both
    участі не взяла|absent|both
    участі не брали|absent|both
    не був|absent|both
    не була|absent|both
    не приїхав|absent|both
    не приїхала|absent|both
    не був присутній|absent|both
    не була присутня|absent|both
    був відсутній|absent|both
    була відсутня|absent|both
    не входив до складу|absent|both
    не входила до складу|absent|both
    """
}
