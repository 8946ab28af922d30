import Foundation

/// Who is writing: the user, their role, and their office. On the server it comes from the request's token; on a
/// replica from what `attach` recorded (or, before attaching, the role the replica's office implies), so that both
/// sides ask `AccessPolicy` the same question about the same person.
public struct Principal: Sendable, Equatable, Codable {
    public var user: String
    public var role: Role
    public var office: Office
    public init(user: String, role: Role, office: Office) {
        self.user = user
        self.role = role
        self.office = office
    }

    /// The city whose plans this principal reviews or belongs to (its own office for a city, the parent for a county).
    public var city: String? { office.level == .city ? office.id : office.parent }
}
