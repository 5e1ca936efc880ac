"""Properties every plan keeps, whatever the attendees and options."""

import dataclasses
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from heraldo.ceremonial.placement import EvenTableMode
from heraldo.ceremonial.precedence import (
    Attendee,
    Branch,
    OfficeClass,
    Sex,
    SpeechKind,
)
from heraldo.ceremonial.tests.precedence.cast import (
    DISTRICT,
    FRIDAY,
    GORE,
    MP,
    NEIGHBOUR_DISTRICT,
    OTHER_REGION,
    PROVINCE,
    REGION,
    TABLE,
    mayor,
    plan_for,
    seat_ids,
)

# ------------------------------------------------------------------ property tests

_OFFICES = [row.office_code for row in TABLE.rows_on(FRIDAY) if row.office_class is not OfficeClass.HEAD_OF_STATE]
_JURISDICTIONS = [None, REGION, PROVINCE, DISTRICT, NEIGHBOUR_DISTRICT, OTHER_REGION]
_dates = st.one_of(st.none(), st.dates(date(1940, 1, 1), date(2026, 1, 1)))


@st.composite
def guests(draw):
    """Any number of attendees (none of them representatives) besides the mayor."""
    count = draw(st.integers(0, 12))
    drawn = []
    for i in range(count):
        drawn.append(
            Attendee(
                id=f"g{i:02d}",
                display_name=draw(st.sampled_from(["Ana", "Luis", "Ñique", "Ávila"])),
                office_code=draw(st.sampled_from(_OFFICES)),
                # never the host municipality, whose mayor is the persona
                entity=draw(st.sampled_from([MP.entity, GORE, ""])),
                sex=draw(st.sampled_from(Sex)),
                jurisdiction=draw(st.sampled_from(_JURISDICTIONS)),
                list_order=draw(st.one_of(st.none(), st.integers(1, 15))),
                military_branch=draw(st.one_of(st.none(), st.sampled_from(Branch))),
                military_grade=draw(st.one_of(st.none(), st.integers(1, 10))),
                date_assumed_office=draw(_dates),
                birth_date=draw(_dates),
            )
        )
    return drawn


option_sets = st.fixed_dictionaries(
    {
        "head_table_size": st.integers(1, 9),
        "even_table_mode": st.sampled_from(EvenTableMode),
    }
)
fast = settings(max_examples=60, deadline=None)


@fast
@given(others=guests(), options=option_sets)
def test_property_head_table_is_a_permutation_of_chosen_attendees(others, options):
    attendees = [mayor(), *others]

    plan = plan_for(attendees, **options)

    seated = seat_ids(plan)
    front = [row.attendee_id for row in plan.front_rows]
    # every attendee is placed exactly once, at the table or in the front rows
    assert sorted([*seated, *front]) == sorted(a.id for a in attendees)
    assert sorted(plan.precedence) == sorted(a.id for a in attendees)
    # seats run 1..n and hold the orders 1..n
    assert [s.seat for s in plan.head_table] == list(range(1, len(seated) + 1))
    assert sorted(s.order for s in plan.head_table) == list(range(1, len(seated) + 1))
    assert len(seated) <= options["head_table_size"]


@fast
@given(others=guests(), options=option_sets)
def test_property_the_presider_sits_in_the_centre_seat(others, options):
    plan = plan_for([mayor(), *others], **options)

    [centre] = [s for s in plan.head_table if s.order == 1]
    size = len(plan.head_table)
    assert centre.attendee_id == plan.presider_id
    assert centre.offset == 0
    if size % 2 == 1:
        assert centre.seat == (size + 1) // 2


@fast
@given(others=guests(), options=option_sets)
def test_property_the_host_presides_with_the_top_eligible_guests(others, options):
    # given no President among the guests, the mayor presides (PR-07) and the
    # other seats go to the highest-ranked eligible attendees (PL-04)
    plan = plan_for([mayor(), *others], **options)

    eligible = {a.id for a in others if (row := TABLE.row_for(a.office_code, FRIDAY)) and row.head_table_eligible}
    best = [i for i in plan.precedence if i in eligible][: len(plan.head_table) - 1]
    assert plan.presider_id == "alcalde"
    assert set(seat_ids(plan)) == {"alcalde", *best}


@fast
@given(others=guests(), options=option_sets, data=st.data())
def test_property_the_plan_does_not_depend_on_input_order(others, options, data):
    attendees = [mayor(), *others]
    shuffled = data.draw(st.permutations(attendees))

    assert plan_for(shuffled, **options) == plan_for(attendees, **options)


@fast
@given(others=guests(), options=option_sets, sex=st.sampled_from(Sex))
def test_property_sex_never_changes_the_order(others, options, sex):
    attendees = [mayor(), *others]
    same_sex = [dataclasses.replace(a, sex=sex) for a in attendees]

    plan, other = plan_for(attendees, **options), plan_for(same_sex, **options)

    assert other.precedence == plan.precedence
    assert seat_ids(other) == seat_ids(plan)


@fast
@given(others=guests(), data=st.data())
def test_property_speeches_ascend_and_the_presider_closes(others, data):
    attendees = [mayor(), *others]
    ids = [a.id for a in attendees]
    speakers = data.draw(st.lists(st.sampled_from(ids), unique=True))

    plan = plan_for(attendees, speakers=tuple(speakers))

    assert plan.speeches[-1].kind is SpeechKind.CLOSING
    assert plan.speeches[-1].attendee_id == plan.presider_id
    rank = plan.precedence.index
    middle = [s.attendee_id for s in plan.speeches if s.kind is SpeechKind.SPEECH]
    assert [rank(i) for i in middle] == sorted((rank(i) for i in middle), reverse=True)
    assert set(middle) == set(speakers) - {plan.presider_id}
