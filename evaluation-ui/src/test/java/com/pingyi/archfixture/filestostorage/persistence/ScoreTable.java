package com.pingyi.archfixture.filestostorage.persistence;

public class ScoreTable {
    public void insert(String row) {
    }
}
