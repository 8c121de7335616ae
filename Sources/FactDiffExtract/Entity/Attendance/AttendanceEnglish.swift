extension AttendanceTagger {
  /// English cues: phrase | led, present, absent or none (a phrase that only looks like a cue) | direction:
  /// `fwd` (the people after it), `back` (the subject before it), `both`.
  static let english = """
    led by|led|fwd
    headed by|led|fwd
    chaired by|led|fwd
    hosted by|led|fwd
    delegation leaders|led|fwd
    heads of delegation|led|fwd
    heads of the delegations|led|fwd
    led|led|back
    headed|led|back
    chaired|led|back
    hosted|led|back
    represented|led|back
    led to|none|back
    headed for|none|back
    including|present|fwd
    accompanied by|present|fwd
    joined by|present|fwd
    attended by|present|fwd
    signed by|present|fwd
    attended|present|back
    joined|present|back
    sat in on|present|back
    did not come|absent|back
    didn't come|absent|back
    did not travel|absent|back
    didn't travel|absent|back
    took part|present|back
    participated|present|back
    was present|present|back
    were present|present|back
    was among|present|back
    were among|present|back
    met|present|both
    met with|present|both
    held talks with|present|both
    held talks|present|back
    talked with|present|both
    spoke with|present|both
    spent|present|both
    signed|present|back
    accompanied|present|both
    presence|present|back
    did not attend|absent|back
    didn't attend|absent|back
    did not take part|absent|back
    didn't take part|absent|back
    did not participate|absent|back
    didn't participate|absent|back
    was absent|absent|back
    were absent|absent|back
    was not part of|absent|back
    were not part of|absent|back
    was not present|absent|back
    were not present|absent|back
    was not among|absent|back
    stayed away|absent|back
    skipped|absent|back
    absence|absent|back
    """
}
