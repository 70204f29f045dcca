import DialogueKit
import Foundation

/// What the runtime remembers between its checks of the disk: the marks last seen and this
/// process's presence file.
struct DiskWatch {
    /// How often the disk is looked at.
    let checkInterval: Duration

    var lastCheck = ContinuousClock.now
    var lastPresenceRefresh = ContinuousClock.now
    /// The library folder's mark when it was last listed.
    var folder: FileChangeMark?
    /// The open file's mark last acted on, so one change is read (or reported) once.
    var seenChange: FileChangeMark?
    /// The dialogue this process has a presence file for, and since when.
    var present: (stem: String, since: Date)?
}
