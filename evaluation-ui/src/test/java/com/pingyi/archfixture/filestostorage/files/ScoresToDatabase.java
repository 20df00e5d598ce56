package com.pingyi.archfixture.filestostorage.files;

import com.pingyi.archfixture.filestostorage.persistence.ScoreTable;

/** Breach: the file adapter storing what it read, around the use cases. */
public class ScoresToDatabase {
    public void store(String row) {
        new ScoreTable().insert(row);
    }
}
