"""A piece as the publicity rules read it: the facts of section 5.3 of the domain note, from the database.

`piece_facts(piece)` is what `heraldo.publicity.checks.evaluate(facts)` takes; the dates go as ISO strings
and every list is a list of plain strings, so the same dictionary can be written to the command-line
contract's JSON.
"""

from __future__ import annotations

from heraldo.campaigns.models import Piece, PlanStatus
from heraldo.publicity.checks import topic_code


def piece_facts(piece: Piece) -> dict:
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
            "media": _media_justification(piece),
        },
        "texts": texts,
        # As typed by the reviewer, plus the Registro's people tagged in the media-library photos the piece uses.
        "detected_people": [*piece.people_shown, *_tagged_people(piece)],
        "detected_names": list(piece.names_mentioned),
        "detected_posts": list(piece.posts_mentioned),
        "voice_of": list(piece.voice_of),
        "palette": list(piece.palette),
        "logos": list(piece.logos),
        "jee_authorization_no": piece.jee_authorization_no,
        # Only an approved plan counts as the plan de estrategia publicitaria the law asks for.
        "plan_id": plan.pk if plan.status == PlanStatus.APPROVED else None,
    }


def _tagged_people(piece: Piece) -> list[int]:
    """Read through `.all()` so that a sweep over many pieces prefetches them (`assets__people`)."""
    if not piece.pk:
        return []
    return sorted({person.pk for asset in piece.assets.all() for person in asset.people.all()})


def _media_justification(piece: Piece) -> str:
    """The technical justification of the media the piece runs on (the campaign's media plan, same channel); read
    through `.all()` so that a sweep prefetches `campaign__media_plan`."""
    entries = [entry for entry in piece.campaign.media_plan.all() if entry.channel == piece.channel]
    return " ".join(entry.justification for entry in entries if entry.justification)
