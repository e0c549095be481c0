/// A forward-only stream of bytes a log file is read from: a file, gunzipped data, or memory.
///
/// Reading in chunks keeps memory flat however large a file is.
protocol ByteInput: AnyObject {
    /// Fills the start of `buffer` and returns how many bytes were written; 0 means the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(LogParseError) -> Int
}
