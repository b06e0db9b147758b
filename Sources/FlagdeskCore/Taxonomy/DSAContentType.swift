// DSA Transparency Database `content_type` values (../shared/legal/REFERENCE.md §2.5).

public enum DSAContentType: String, CaseIterable, Codable, Sendable, TaxonomyValue {
    case app = "CONTENT_TYPE_APP"
    case audio = "CONTENT_TYPE_AUDIO"
    case image = "CONTENT_TYPE_IMAGE"
    case product = "CONTENT_TYPE_PRODUCT"
    case syntheticMedia = "CONTENT_TYPE_SYNTHETIC_MEDIA"
    case text = "CONTENT_TYPE_TEXT"
    case video = "CONTENT_TYPE_VIDEO"
    case other = "CONTENT_TYPE_OTHER"

    public var label: String {
        switch self {
        case .app: return "App"
        case .audio: return "Audio"
        case .image: return "Image"
        case .product: return "Product"
        case .syntheticMedia: return "Synthetic Media"
        case .text: return "Text"
        case .video: return "Video"
        case .other: return "Other"
        }
    }
}
