/// Which screen is in front.
public enum Screen: Sendable {
    case library
    case dialogue(DialogueScreenState)
}
