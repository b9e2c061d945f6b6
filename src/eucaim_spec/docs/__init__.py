"""The standards as a website (``eucaim docs build``) and every rule explained (``eucaim explain``).

Everything here is derived from the sources (schemas, packaged vocabulary, rule catalogue, validators/);
nothing is written by hand except the pages under site/.
"""
