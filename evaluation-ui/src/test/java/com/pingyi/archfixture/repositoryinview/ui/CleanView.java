package com.pingyi.archfixture.repositoryinview.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;

public class CleanView extends VerticalLayout {
}
