/// Organizations tagging operations for accounts, units, roots and policies.
///
/// Related AWS documentation: https://docs.aws.amazon.com/organizations/latest/APIReference/API_Operations.html
extension Organizations {
    /// Adds one or more tags to the specified resource.
    public static let tagResource = AWSOperation<TagResourceRequest, EmptyOutput>.json(.organizations, "TagResource")
    /// Removes any tags with the specified keys from the specified resource.
    public static let untagResource = AWSOperation<UntagResourceRequest, EmptyOutput>.json(
        .organizations,
        "UntagResource"
    )
    /// Lists tags that are attached to the specified resource.
    public static let listTagsForResource = AWSOperation<ListTagsForResourceRequest, ListTagsForResourceResponse>.json(
        .organizations,
        "ListTagsForResource"
    )

    public struct TagResourceRequest: Sendable, Hashable, Codable {
        public var resourceId: String
        public var tags: [Tag]

        public init(resourceId: String, tags: [Tag]) {
            self.resourceId = resourceId
            self.tags = tags
        }
    }

    public struct UntagResourceRequest: Sendable, Hashable, Codable {
        public var resourceId: String
        public var tagKeys: [String]

        public init(resourceId: String, tagKeys: [String]) {
            self.resourceId = resourceId
            self.tagKeys = tagKeys
        }
    }

    public struct ListTagsForResourceRequest: Sendable, Hashable, Codable, NextTokenPaginatedRequest {
        public var resourceId: String
        public var nextToken: String?

        public init(resourceId: String) {
            self.resourceId = resourceId
        }
    }

    public struct ListTagsForResourceResponse: Sendable, Hashable, Codable, NextTokenPaginatedResponse {
        public var tags: [Tag]?
        public var nextToken: String?

        public init(tags: [Tag]? = nil, nextToken: String? = nil) {
            self.tags = tags
            self.nextToken = nextToken
        }
    }
}
