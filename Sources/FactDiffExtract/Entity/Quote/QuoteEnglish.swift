extension AttributionWords {
  /// English attribution verbs: phrase | gender of the speaker (m, f, or empty).
  static let english = """
    said
    says
    told
    told reporters
    told journalists
    told the meeting
    added
    noted
    stressed
    remarked
    explained
    warned
    declared
    announced
    stated
    insisted
    recalled
    wrote
    tweeted
    posted
    asserted
    acknowledged
    argued
    claimed
    commented
    confirmed
    emphasized
    emphasised
    observed
    pointed out
    replied
    responded
    reiterated
    suggested
    urged
    continued
    concluded
    admitted
    called it
    described it as
    according to
    quoted
    """
}
