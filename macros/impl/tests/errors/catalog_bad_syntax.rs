// The macro's own syntax.
catalog!(pub struct TeleportEvent = "../../specs/teleport.yaml");
catalog!(pub enum TeleportEvent = "../../specs/teleport.yaml", others = Unlisted);
catalog!(pub enum TeleportEvent = teleport);
