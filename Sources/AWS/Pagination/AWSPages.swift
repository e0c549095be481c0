/// The pages of a paginated operation, fetched one at a time as the sequence is iterated.
///
/// Stops after the page without a next token. A service that hands back the token it was just
/// given would loop forever; that ends the sequence with an `AWSClientError` instead.
public struct AWSPages<Input: PaginatedRequest, Output: PaginatedResponse>: AsyncSequence, Sendable {
    public typealias Element = Output

    let client: AWSClient
    let operation: AWSOperation<Input, Output>
    let input: Input

    public struct AsyncIterator: AsyncIteratorProtocol {
        let client: AWSClient
        let operation: AWSOperation<Input, Output>
        var input: Input
        var finished = false
        var seenTokens: Set<String> = []

        public mutating func next() async throws -> Output? {
            guard !finished else { return nil }
            let page = try await client.send(operation, input)
            if let token = page.nextPaginationToken {
                guard seenTokens.insert(token).inserted else {
                    finished = true
                    throw AWSClientError(
                        .decoding,
                        "\(operation.actionName) returned the page token '\(token.prefix(24))' twice; stopped paginating"
                    )
                }
                input.paginationToken = token
            } else {
                finished = true
            }
            return page
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(client: client, operation: operation, input: input)
    }
}

/// The items across every page of a paginated operation, e.g. every account in an organization.
public struct AWSItems<Input: PaginatedRequest, Output: PaginatedResponse, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item

    let pages: AWSPages<Input, Output>
    let extract: @Sendable (Output) -> [Item]

    public struct AsyncIterator: AsyncIteratorProtocol {
        var pages: AWSPages<Input, Output>.AsyncIterator
        let extract: @Sendable (Output) -> [Item]
        var buffer: [Item] = []
        var index = 0

        public mutating func next() async throws -> Item? {
            while index >= buffer.count {
                guard let page = try await pages.next() else { return nil }
                buffer = extract(page)
                index = 0
            }
            defer { index += 1 }
            return buffer[index]
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(pages: pages.makeAsyncIterator(), extract: extract)
    }
}

extension AWSClient {
    /// Every page of `operation`, starting from `input` (whose token should be `nil`).
    public func pages<Input: PaginatedRequest, Output: PaginatedResponse>(
        _ operation: AWSOperation<Input, Output>,
        _ input: Input
    ) -> AWSPages<Input, Output> {
        AWSPages(client: self, operation: operation, input: input)
    }

    /// Every item across all pages; `items` picks the list out of one page (absent lists count as empty).
    public func items<Input: PaginatedRequest, Output: PaginatedResponse, Item: Sendable>(
        _ operation: AWSOperation<Input, Output>,
        _ input: Input,
        _ items: @escaping @Sendable (Output) -> [Item]?
    ) -> AWSItems<Input, Output, Item> {
        AWSItems(pages: pages(operation, input), extract: { items($0) ?? [] })
    }

    /// Collects every item into an array: convenient when the whole list is needed anyway.
    public func all<Input: PaginatedRequest, Output: PaginatedResponse, Item: Sendable>(
        _ operation: AWSOperation<Input, Output>,
        _ input: Input,
        _ items: @escaping @Sendable (Output) -> [Item]?
    ) async throws -> [Item] {
        var result: [Item] = []
        for try await item in self.items(operation, input, items) { result.append(item) }
        return result
    }
}
