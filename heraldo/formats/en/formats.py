# English for a Peruvian office: numbers, short dates and input stay Peruvian (day-first);
# only the dates written out in words change language.
from heraldo.formats.es.formats import *  # noqa: F403  Django reads each format as an attribute of this module

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
