"""Events: each dated expression tied to the clause it dates (`find`), events dated from
another (`anchored`), the words of an event and its parties (`clauses`), and how a clause is
told: of the future, of the past, or neither (`tense`)."""
