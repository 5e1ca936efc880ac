"""A piece as the publicity rules read it: the facts of section 5.3 of the domain note, from the database.

`piece_facts(piece)` is what `heraldo.publicity.checks.evaluate(facts)` takes; the dates go as ISO strings
and every list is a list of plain strings, so the same dictionary can be written to the command-line
contract's JSON.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from heraldo.campaigns.models import MediaPlanEntry, Piece, PlanStatus
from heraldo.publicity.checks import topic_code


def piece_facts(piece: Piece, *, tagged: list[int] | None = None, media: str | None = None) -> dict:
    """`tagged` and `media`: what `many_pieces_facts` read for many pieces at once (else read here)."""
    campaign = piece.campaign
    plan = campaign.plan_line.plan
    texts = [value for value in (piece.title, piece.text, campaign.mandatory_content) if value and value.strip()]
    return {
        "id": piece.pk,
        "channel": piece.channel,
        "paid": piece.paid,
        "exposure_window": [
            piece.exposure_starts.isoformat(),
            piece.exposure_ends.isoformat() if piece.exposure_ends else None,
        ],
        "ubigeo": piece.ubigeo,
        "topic": piece.justification_kind or topic_code(piece.topic),
        "justification": {
            "category": piece.justification_kind or None,
            "text": piece.justification,
            "media": _media_justification(piece) if media is None else media,
        },
        "texts": texts,
        # As typed by the reviewer, plus the Registro's people tagged in the media-library photos the piece uses.
        "detected_people": [*piece.people_shown, *(_tagged_people(piece) if tagged is None else tagged)],
        "detected_names": list(piece.names_mentioned),
        "detected_posts": list(piece.posts_mentioned),
        "voice_of": list(piece.voice_of),
        "palette": list(piece.palette),
        "logos": list(piece.logos),
        "jee_authorization_no": piece.jee_authorization_no,
        # Only an approved plan counts as the plan de estrategia publicitaria the law asks for.
        "plan_id": plan.pk if plan.status == PlanStatus.APPROVED else None,
    }


def many_pieces_facts(pieces: Iterable[Piece]) -> list[dict]:
    """The facts of many pieces (read with `select_related("campaign__plan_line__plan")`) in two more queries: the
    people tagged in the library files they use, and their campaigns' media-plan justifications."""
    pieces = list(pieces)
    tagged: dict[int, set[int]] = defaultdict(set)
    uses = Piece.assets.through.objects.filter(piece_id__in=[piece.pk for piece in pieces])
    for piece_id, person_id in uses.values_list("piece_id", "mediaasset__people").iterator():
        if person_id is not None:
            tagged[piece_id].add(person_id)
    media: dict[tuple[int, str], list[str]] = defaultdict(list)
    entries = MediaPlanEntry.objects.filter(campaign_id__in={piece.campaign_id for piece in pieces}).order_by("pk")
    for campaign_id, channel, justification in entries.values_list("campaign_id", "channel", "justification"):
        if justification:
            media[(campaign_id, channel)].append(justification)
    return [
        piece_facts(
            piece,
            tagged=sorted(tagged.get(piece.pk, ())),
            media=" ".join(media.get((piece.campaign_id, piece.channel), ())),
        )
        for piece in pieces
    ]


def _tagged_people(piece: Piece) -> list[int]:
    if not piece.pk:
        return []
    people = piece.assets.values_list("people", flat=True)
    return sorted({pk for pk in people if pk is not None})


def _media_justification(piece: Piece) -> str:
    """The technical justification of the media the piece runs on (the campaign's media plan, same channel)."""
    entries = (
        piece.campaign.media_plan.filter(channel=piece.channel).order_by("pk").values_list("justification", flat=True)
    )
    return " ".join(reason for reason in entries if reason)
