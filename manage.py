#!/usr/bin/env python
import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "heraldo.settings")
    from heraldo.env import ConfigurationError

    try:
        from django.core.management import execute_from_command_line

        execute_from_command_line(sys.argv)
    except ConfigurationError as exc:
        # One clear line naming the variable, not a traceback.
        print(f"Error de configuración: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
