package com.pingyi.archfixture.entityleak.persistence;

public class RoundEntity {

    public String title;
}
