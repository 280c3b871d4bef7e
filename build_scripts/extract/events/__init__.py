"""Events: each dated expression tied to the clause it dates (`find`), events dated from
another (`anchored`), the words of an event and its parties (`clauses`), and whether a clause
speaks of the future (`tense`)."""
