import DialogueKit
import Foundation
import TerminalKit

/// Everything the application shows, in one value; `update` changes it and
/// views render it.
public struct AppState: Sendable {
    /// The screen in front.
    public var screen: Screen
    /// The library's dialogues and damaged files, as last listed.
    public var library: LibraryState
    /// The terminal size views render for.
    public var size: Size
    /// Templates that can be chosen for a new dialogue.
    public var templates: [Template]
    /// The method cards a dialogue's methods are chosen from.
    public var methodCards: [MethodCard]
    /// Where the library's files live, shown to the user.
    public var libraryPath: String
    /// The folder ting was started in, where exports are suggested; empty when unknown.
    public var workingDirectory = ""
    /// Who is recorded as having made a change.
    public var actor: String
    /// The clock's "now" for the change being made; the runtime sets it before each message.
    public var now: Date
    /// The calendar, time zone and locale in which `now` is a date; the runtime sets it with `now`.
    public var calendar: Calendar
    /// One line of feedback at the bottom: what just happened or went wrong.
    public var status: StatusLine?
    /// The key help overlay is open.
    public var showsHelp: Bool
    /// The first row of keys the help overlay shows, when they do not all fit.
    public var helpScroll = 0
    /// Set when the application should end.
    public var isQuitting: Bool

    /// A state on the library screen; `calendar` is the machine's in the runtime, Sweden's by default.
    public init(
        size: Size, templates: [Template], methodCards: [MethodCard] = [], libraryPath: String, actor: String,
        now: Date, calendar: Calendar = .swedish
    ) {
        self.methodCards = methodCards
        self.libraryPath = libraryPath
        self.screen = .library
        self.library = LibraryState()
        self.size = size
        self.templates = templates
        self.actor = actor
        self.now = now
        self.calendar = calendar
        self.status = nil
        self.showsHelp = false
        self.isQuitting = false
    }

    /// Today's date, `now` in the state's calendar.
    public var today: LocalDate { LocalDate(now, calendar: calendar) }
}
