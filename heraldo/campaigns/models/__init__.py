from heraldo.campaigns.models.campaigns import Campaign, CampaignStatus, Kpi, MediaPlanEntry
from heraldo.campaigns.models.pieces import Piece, PieceComment, PieceKind, PieceStatus, PieceVersion
from heraldo.campaigns.models.plans import AdvertisingPlan, PlanLine, PlanLineChannel, PlanStatus
from heraldo.campaigns.models.requests import CampaignRequest, RequestAttachment, RequestComment, RequestStatus
from heraldo.campaigns.models.sweeps import BanSweepTask, SweepAction

__all__ = [
    "AdvertisingPlan",
    "BanSweepTask",
    "Campaign",
    "CampaignRequest",
    "CampaignStatus",
    "Kpi",
    "MediaPlanEntry",
    "Piece",
    "PieceComment",
    "PieceKind",
    "PieceStatus",
    "PieceVersion",
    "PlanLine",
    "PlanLineChannel",
    "PlanStatus",
    "RequestAttachment",
    "RequestComment",
    "RequestStatus",
    "SweepAction",
]
