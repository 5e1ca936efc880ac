"""A piece as the publicity rules read it: the facts of section 5.3 of the domain note, from the database.

`piece_facts(piece)` is what `heraldo.publicity.checks.evaluate(facts)` takes; the dates go as ISO strings
and every list is a list of plain strings, so the same dictionary can be written to the command-line
contract's JSON.
"""

from __future__ import annotations

from heraldo.campaigns.models import Piece, PlanStatus


def piece_facts(piece: Piece) -> dict:
    campaign = piece.campaign
    plan = campaign.plan_line.plan
    texts = [value for value in (piece.title, piece.text, campaign.mandatory_content) if value and value.strip()]
    return {
        "channel": piece.channel,
        "paid": piece.paid,
        "exposure_window": [
            piece.exposure_starts.isoformat(),
            piece.exposure_ends.isoformat() if piece.exposure_ends else None,
        ],
        "ubigeo": piece.ubigeo,
        "topic": piece.topic or campaign.title,
        "justification": piece.justification_kind,
        "texts": texts,
        "detected_people": list(piece.people_shown),
        "detected_names": list(piece.names_mentioned),
        "detected_posts": list(piece.posts_mentioned),
        "voice_of": list(piece.voice_of),
        "palette": list(piece.palette),
        "logos": list(piece.logos),
        "jee_authorization_no": piece.jee_authorization_no,
        # Only an approved plan counts as the plan de estrategia publicitaria the law asks for.
        "plan_id": plan.pk if plan.status == PlanStatus.APPROVED else None,
    }
