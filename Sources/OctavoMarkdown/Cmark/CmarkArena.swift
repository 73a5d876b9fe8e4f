internal import CCmarkGFM
import Foundation

/// A bump allocator that owns every byte cmark-gfm allocates during one parse.
///
/// cmark allocates millions of small blocks (nodes, buffers) and freeing them one by one costs
/// as much as parsing (cmark-gfm's own command-line tool uses an arena for the same reason).
/// Its built-in arena is one global, unsafe with parses on several threads; this one is per
/// parse, found through a thread-local key because cmark's allocator callbacks carry no context.
/// `free` keeps small blocks for reuse (one list per 16-byte size class, no coalescing) and
/// ignores large ones; ``release()`` returns all memory at once, so the arena — not the
/// document node — is the owner of the C tree. The state lives behind a pointer, not in class
/// properties, so the allocator's hot path has no exclusivity checks or reference counting.
final class CmarkArena {
    /// The allocator table handed to cmark; lives as long as the arena.
    let memory: UnsafeMutablePointer<cmark_mem>
    private let state: UnsafeMutablePointer<ArenaState>

    init() {
        memory = .allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: arenaCalloc, realloc: arenaRealloc, free: arenaFree))
        state = .allocate(capacity: 1)
        state.initialize(to: ArenaState())
    }

    deinit {
        release()
        state.deinitialize(count: 1)
        state.deallocate()
        memory.deinitialize(count: 1)
        memory.deallocate()
    }

    /// Runs `body` with this arena serving cmark's allocations on the current thread.
    func serving<T>(_ body: () throws -> T) rethrows -> T {
        let previous = pthread_getspecific(cmarkArenaKey)
        pthread_setspecific(cmarkArenaKey, UnsafeMutableRawPointer(state))
        defer { pthread_setspecific(cmarkArenaKey, previous) }
        return try body()
    }

    /// Returns every chunk to the system.
    func release() { state.pointee.release() }
}

/// The arena's bookkeeping: chunks, the bump cursor and the free lists.
private struct ArenaState {
    /// Chunks start small and double up to `largestChunk`: a short document (most of a batch)
    /// then zeroes kilobytes, not megabytes, and a long one still takes few chunks.
    static let firstChunk = 64 << 10
    static let largestChunk = 4 << 20
    static let headerSize = 16
    static let smallClasses = 64

    var chunks: [UnsafeMutableRawPointer] = []
    var cursor: UnsafeMutableRawPointer?
    var remaining = 0
    var nextChunk = ArenaState.firstChunk
    /// The most recent allocation, which `realloc` may grow in place.
    var last: UnsafeMutableRawPointer?
    /// Freed small blocks by size class (capacity / 16), linked through their first word.
    var freeLists = [UnsafeMutableRawPointer?](repeating: nil, count: ArenaState.smallClasses + 1)

    mutating func release() {
        for chunk in chunks { free(chunk) }
        chunks.removeAll()
        for index in freeLists.indices { freeLists[index] = nil }
        cursor = nil
        remaining = 0
        last = nil
        nextChunk = Self.firstChunk
    }

    /// Zeroed memory for `size` bytes, 16-byte aligned, with its capacity stored just before it.
    mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
        let capacity = max((size + 15) & ~15, 16)
        let sizeClass = capacity >> 4
        if sizeClass <= Self.smallClasses, let reused = freeLists[sizeClass] {
            freeLists[sizeClass] = reused.load(as: UnsafeMutableRawPointer?.self)
            reused.initializeMemory(as: UInt8.self, repeating: 0, count: capacity)
            return reused
        }
        let needed = Self.headerSize + capacity
        if needed > remaining {
            // A large block gets a chunk of its own; the current chunk keeps serving small ones.
            if needed > nextChunk {
                guard let chunk = calloc(1, needed) else { return nil }
                chunks.append(chunk)
                chunk.storeBytes(of: capacity, as: Int.self)
                return chunk + Self.headerSize
            }
            guard let chunk = calloc(1, nextChunk) else { return nil }
            chunks.append(chunk)
            cursor = chunk
            remaining = nextChunk
            nextChunk = min(nextChunk * 2, Self.largestChunk)
        }
        guard let start = cursor else { return nil }
        start.storeBytes(of: capacity, as: Int.self)
        cursor = start + needed
        remaining -= needed
        let block = start + Self.headerSize
        last = block
        return block
    }

    mutating func reallocate(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
        guard let block else { return allocate(size) }
        let oldCapacity = (block - Self.headerSize).load(as: Int.self)
        if size <= oldCapacity { return block }
        let newCapacity = (size + 15) & ~15
        if block == last, newCapacity - oldCapacity <= remaining {
            // Grow the newest block where it lies; the bytes after it are still zero.
            (block - Self.headerSize).storeBytes(of: newCapacity, as: Int.self)
            cursor = block + newCapacity
            remaining -= newCapacity - oldCapacity
            return block
        }
        guard let moved = allocate(size) else { return nil }
        moved.copyMemory(from: block, byteCount: oldCapacity)
        deallocate(block)
        return moved
    }

    /// Keeps a small block for reuse; larger ones wait for ``release()``.
    mutating func deallocate(_ block: UnsafeMutableRawPointer) {
        let sizeClass = (block - Self.headerSize).load(as: Int.self) >> 4
        guard sizeClass <= Self.smallClasses, block != last else { return }
        block.storeBytes(of: freeLists[sizeClass], as: UnsafeMutableRawPointer?.self)
        freeLists[sizeClass] = block
    }
}

/// The thread-local slot holding the arena of the parse running on this thread.
private let cmarkArenaKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

private func currentArena() -> UnsafeMutablePointer<ArenaState>? {
    pthread_getspecific(cmarkArenaKey)?.assumingMemoryBound(to: ArenaState.self)
}

private func arenaCalloc(_ count: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow else { return nil }
    return currentArena()?.pointee.allocate(bytes)
}

private func arenaRealloc(_ block: UnsafeMutableRawPointer?, _ size: Int) -> UnsafeMutableRawPointer? {
    currentArena()?.pointee.reallocate(block, size)
}

private func arenaFree(_ block: UnsafeMutableRawPointer?) {
    guard let block else { return }
    currentArena()?.pointee.deallocate(block)
}
