"""One rule model for every check: term rules (vocabulary entries, the acronym rule),
sentence rules (plain and structure checks on one sentence) and record rules, one
loader and validator, one way to override them, and the stage that runs the sentence
and record rules on a merged report.
"""
