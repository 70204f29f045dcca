import Foundation

/// Finds, in the dialogue as saved, an entry this process added: a merge with another writer's
/// save may have given it the next free id (both added `i5`), so it is the saved entry that equals
/// the one added in everything but the id.
enum AddedEntry {
    /// `date` to the whole second, as the files keep times: an entry added at it equals its copy read back.
    static func time(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The id `added` has among `saved`, or nil when no saved entry matches it.
    static func id<Entry: Equatable>(
        of added: Entry, among saved: [Entry], id: WritableKeyPath<Entry, String>
    ) -> String? {
        if saved.contains(added) { return added[keyPath: id] }
        return saved.last { entry in
            var renamed = added
            renamed[keyPath: id] = entry[keyPath: id]
            return renamed == entry
        }?[keyPath: id]
    }
}
