"""Connectives: the words that join clauses or open a sentence (coordinators, subordinators, linking adverbs). A
clause boundary is where one of them starts a statement of its own; a sentence that opens with one has its subject
after it.

The lists differ on purpose: each is the set a rule was checked against ('while' ends a stance's object but opens a
lead-in clause; 'then' may open a sentence whose subject follows, 'specifically' a subject of its own)."""

from __future__ import annotations

COORDINATORS = ("and", "but", "or")
"""Words that join two clauses or two phrases of one kind ("…, and the roads were closed")."""
LEAD_SUBORDINATORS = ("as", "while", "although", "though", "since", "because", "whereas")
"""Subordinators that open a sentence with a clause of background ("As the storm neared, officials said …")."""
CLAUSE_LEADS = ("as", "while", "when", "whereas", "although", "though", "because", "since", "if", "after", "before", "once", "until")
"""Subordinators that open a sentence with a clause of their own before its comma ('When Trump suggested that C, Rubio
fired back …', 'As explained on a blog post by X, Y support …'): the sentence's subject comes after that comma."""
ADVERBIAL_SUBORDINATORS = ("when", "whenever", "if", "once", "after", "before", "until", "unless", "while", "although", "though",
                           "since", "because", "whereas")
"""Subordinators whose clause is the sentence's background, never what it reports: a cue inside one ("When the media
reports a rape, it …") says no more than that clause; not 'as' ('As X said, C' is X's C)."""
CONNECTORS = ("but", "and", "while", "whereas", "with", "so", "yet", "however", "then", "even though", "even if", "although",
              "though")
"""Words that open a statement joined to the one before ("…, but the company denied it"): not part of what it states."""
SENTENCE_CONJUNCTIONS = ("but", "and", "yet", "so")
"""Conjunctions that open a sentence right before its subject, with no comma ('But the court overruled and said C', 'But John
Smith, the union leader, was less upbeat.')."""
SUBJECT_ADVERBS = ("even", "now", "perhaps", "meanwhile", "still", "instead", "indeed", "later", "earlier", "finally", "eventually",
                   "ultimately", "separately", "likewise", "similarly", "moreover", "furthermore", "nevertheless", "nonetheless")
"""Sentence adverbs that may stand right before a name with no comma ('Even Ann Lee, who owns shares in the mill, said', 'Later
Zelda, who bakes for it, came forward'): no part of the name."""
OPENING_ADVERBS = (*(a for a in SUBJECT_ADVERBS if a != "even"), "then", "also", "again")
"""Adverbs that open a sentence right before its subject, with no comma ('Then she spoke to the farmers, calling …'); not
'even', which opens a clause of its own ('Even after the vote, the union …')."""
OPENERS = ("but", "and", "however", "meanwhile", "earlier", "later")
"""Linking adverbs that open a sentence before its subject ("But the minister said …", "Meanwhile, she …")."""
BEFORE_CLAUSE = ("as", "because", "since", "while", "and", "but", "although", "though", "after", "when")
"""A comma and one of these before a pronoun: the pronoun opens a new clause ("…, and he said")."""
PARENTHETICALS = ("for example", "for instance", "however", "in fact", "meanwhile", "too", "though", "also", "instead",
                  "in turn", "likewise", "similarly", "of course", "indeed", "by contrast", "in contrast", "in particular",
                  "on the other hand", "for his part", "for her part", "for their part", "for its part", "in addition",
                  "moreover", "at least", "in response", "in the meantime", "nonetheless", "nevertheless", "still",
                  "then", "now", "again", "once again", "as well", "in any case", "after all")
"""Linking adverbs set off by commas between a subject and its verb ("Brian Murphy, for example, said …",
"Sanders, meanwhile, who …, said …"): the subject is before them, and the cue is no inverted one."""
LINKING = ("on top of that", "besides", "furthermore", "what is more", "in addition to that", "above all")
"""Linking adverbials that open a sentence with a comma besides the parentheticals ('On top of that, …')."""
MATRIX_PARTICIPLES = ("acknowledging", "applauding", "challenging", "citing", "conceding", "contrasting", "declaring", "deeming",
                      "delivering", "drawing", "echoing", "employing", "giving", "offering", "pointing", "prompting", "putting",
                      "raising", "sparking", "urging")
"""Participles that, after a comma, open a phrase of the reporting clause's subject, not of the content ("X said C,
drawing a sharp reply from Y", "…, citing Z"). Mined on PolNeAR train: after ', <word>' the gold content ends far
more often than it goes on (not 'including', 'leaving', 'bringing', 'showing', which go on with C as often)."""
