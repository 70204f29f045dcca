extension TargetGroup {
    /// The group has a plan for reaching it: at least one channel and one measure.
    public var hasReachPlan: Bool { !channels.isEmpty && !measures.isEmpty }
}
