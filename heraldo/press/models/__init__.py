from heraldo.press.models.brand import BrandKitVersion, BrandTemplate
from heraldo.press.models.bulletins import Bulletin, BulletinItem, Subscriber
from heraldo.press.models.distribution import MediaOptOut, ReleaseDelivery, SocialNetwork, SocialPost
from heraldo.press.models.media import MediaAsset, UsageRights
from heraldo.press.models.releases import (
    Category,
    PressRelease,
    ReleaseAttachment,
    ReleasePhoto,
    ReleaseRevision,
    ReleaseStatus,
    ReleaseTransition,
    Tag,
)

__all__ = [
    "BrandKitVersion",
    "BrandTemplate",
    "Bulletin",
    "BulletinItem",
    "Subscriber",
    "Category",
    "MediaAsset",
    "MediaOptOut",
    "ReleaseDelivery",
    "SocialNetwork",
    "SocialPost",
    "PressRelease",
    "ReleaseAttachment",
    "ReleasePhoto",
    "ReleaseRevision",
    "ReleaseStatus",
    "ReleaseTransition",
    "Tag",
    "UsageRights",
]
