package com.pingyi.archfixture.entityleak.application;

public class CleanTitles {

    public String title(String title) {
        return title.strip();
    }
}
