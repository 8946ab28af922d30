import Shared

/// The language of the review screens: the one `Localizer` the program chose at its start. The Review target is pure
/// (it cannot read the environment), so the caller passes it in.
public typealias Words = Localizer
