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
    участь у зустрічі взяв|present|fwd
    участь у зустрічі взяла|present|fwd
    участь у зустрічі взяли|present|fwd
    участь у зустрічі узяв|present|fwd
    участь у зустрічі узяла|present|fwd
    участь у зустрічі узяли|present|fwd
    участь в зустрічі взяв|present|fwd
    участь в зустрічі взяла|present|fwd
    участь в зустрічі взяли|present|fwd
    участь в зустрічі узяв|present|fwd
    участь в зустрічі узяла|present|fwd
    участь в зустрічі узяли|present|fwd
    участь у переговорах взяв|present|fwd
    участь у переговорах взяла|present|fwd
    участь у переговорах взяли|present|fwd
    участь у переговорах узяв|present|fwd
    участь у переговорах узяла|present|fwd
    участь у переговорах узяли|present|fwd
    участь в переговорах взяв|present|fwd
    участь в переговорах взяла|present|fwd
    участь в переговорах взяли|present|fwd
    участь в переговорах узяв|present|fwd
    участь в переговорах узяла|present|fwd
    участь в переговорах узяли|present|fwd
    участь у засіданні взяв|present|fwd
    участь у засіданні взяла|present|fwd
    участь у засіданні взяли|present|fwd
    участь у засіданні узяв|present|fwd
    участь у засіданні узяла|present|fwd
    участь у засіданні узяли|present|fwd
    участь в засіданні взяв|present|fwd
    участь в засіданні взяла|present|fwd
    участь в засіданні взяли|present|fwd
    участь в засіданні узяв|present|fwd
    участь в засіданні узяла|present|fwd
    участь в засіданні узяли|present|fwd
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
