package com.claimboard.shared.ui;

import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import java.util.List;
import java.util.function.UnaryOperator;

/** The people who have a claim open now, as avatars with their initials and their names as tooltips. */
public final class Viewers {

    private Viewers() {}

    public static AvatarGroup of(List<String> usernames, UnaryOperator<String> displayName) {
        AvatarGroup group = new AvatarGroup();
        group.setItems(usernames.stream()
                .map(username -> {
                    AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(displayName.apply(username));
                    item.setColorIndex(Math.floorMod(username.hashCode(), 7));
                    return item;
                })
                .toList());
        group.setMaxItemsVisible(4);
        group.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        return group;
    }
}
