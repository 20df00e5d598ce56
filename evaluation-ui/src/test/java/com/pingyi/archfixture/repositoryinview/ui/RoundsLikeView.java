package com.pingyi.archfixture.repositoryinview.ui;

import com.pingyi.archfixture.repositoryinview.persistence.RoundRepository;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Breach: a view that calls a JPA repository. */
public class RoundsLikeView extends VerticalLayout {

    public RoundsLikeView(RoundRepository rounds) {
        add(new com.vaadin.flow.component.html.Span(String.valueOf(rounds.findAll().size())));
    }
}
