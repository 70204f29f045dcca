import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Presence files: while a dialogue is open in a Ting, the hidden file
/// `.<stem>.json.open.<user>@<host>.<pid>` next to it says who has it open and since when, so a
/// library on a shared folder can show it. Listing, resolving and the index ignore hidden files.
extension DialogueStore {
    /// How often an open Ting refreshes its presence files, in seconds.
    public static let presenceRefreshInterval: TimeInterval = 30
    /// A presence file not refreshed for this long, in seconds, is stale: its Ting is gone.
    static let presenceStaleAge: TimeInterval = 90
    /// What a presence file's name holds between the dialogue's file name and who has it open.
    static let presenceMarker = ".open."

    /// Says that this process has `stem` open since `since`, or refreshes it when already said.
    /// Failing costs only the hint to others, so it is not an error.
    public func markOpen(_ stem: String, since: Date) {
        guard DialogueFileName.isSafe(stem), let handle = try? openFolder() else { return }
        let name = presenceName(of: stem)
        if handle.exists(name), utimensat(handle.descriptor, name, nil, 0) == 0 { return }
        try? AtomicWriter(folder: handle, durable: false, writeBytes: writeBytes).replace(
            name, with: Data(identity.fileText(since: since).utf8), backupFolder: nil)
    }

    /// Withdraws this process's presence file for `stem`.
    public func markClosed(_ stem: String) {
        guard DialogueFileName.isSafe(stem), let handle = try? openFolder() else { return }
        try? handle.remove(presenceName(of: stem))
    }

    /// Everyone else who has a dialogue of the library open now; stale presence files are removed.
    public func presences() -> [DialoguePresence] {
        guard let handle = try? openFolder() else { return [] }
        return presences(in: handle, now: Date()).sorted { ($0.stem, $0.since) < ($1.stem, $1.since) }
    }

    /// Everyone else who has `stem` open now.
    func otherPresences(of stem: String, in handle: FolderHandle) -> [DialoguePresence] {
        presences(in: handle, now: Date()).filter { $0.stem == stem }
    }

    private func presences(in handle: FolderHandle, now: Date) -> [DialoguePresence] {
        handle.names().compactMap { name in
            // Most names are dialogues: the cheap test first, the search only for hidden files.
            guard name.hasPrefix("."),
                let marker = name.range(of: ".\(DialogueFileName.fileExtension)\(Self.presenceMarker)")
            else { return nil }
            let stem = String(name[name.index(after: name.startIndex)..<marker.lowerBound])
            guard let stamp = handle.stamp(of: name), let text = try? handle.contents(of: name),
                let (identity, since) = WriterIdentity.parse(fileText: String(decoding: text, as: UTF8.self))
            else { return nil }
            let refreshed = Date(timeIntervalSince1970: TimeInterval(stamp.modified) / 1e9)
            if now.timeIntervalSince(refreshed) > Self.presenceStaleAge || identity.isGoneFromThisHost {
                try? handle.remove(name)
                return nil
            }
            return identity == self.identity ? nil : DialoguePresence(stem: stem, identity: identity, since: since)
        }
    }

    /// This process's presence file name for `stem`; user and host keep only letters, digits, `-` and `_`.
    private func presenceName(of stem: String) -> String {
        let safe = { (text: String) in
            String(
                text.unicodeScalars.map { scalar in
                    let kept = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                    return kept || scalar == "-" || scalar == "_" ? Character(scalar) : "_"
                })
        }
        let who = "\(safe(identity.user))@\(safe(identity.host)).\(identity.pid)"
        return ".\(DialogueFileName.fileName(of: stem))\(Self.presenceMarker)\(who)"
    }
}
