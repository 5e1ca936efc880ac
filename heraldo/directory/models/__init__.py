from heraldo.directory.models.coordination import Coordination, CoordinationKind
from heraldo.directory.models.entities import Entity, EntityKind, Level, MediaKind
from heraldo.directory.models.greetings import Greeting, GreetingChannel, GreetingOccasion
from heraldo.directory.models.lists import MailingList, RecipientScope, Tag
from heraldo.directory.models.people import Person, Sex
from heraldo.directory.models.personal_data import (
    AccessChannel,
    ArcoRequest,
    ArcoRight,
    ContactField,
    ContactLegalBasis,
    LegalBasis,
    PersonalDataAccess,
)
from heraldo.directory.models.positions import Position, Term, TermStatus

__all__ = [
    "Greeting",
    "GreetingChannel",
    "GreetingOccasion",
    "Coordination",
    "CoordinationKind",
    "AccessChannel",
    "ArcoRequest",
    "ArcoRight",
    "ContactField",
    "ContactLegalBasis",
    "LegalBasis",
    "PersonalDataAccess",
    "Entity",
    "EntityKind",
    "Level",
    "MailingList",
    "MediaKind",
    "Person",
    "Position",
    "RecipientScope",
    "Sex",
    "Tag",
    "Term",
    "TermStatus",
]
