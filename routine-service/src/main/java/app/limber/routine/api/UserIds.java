package app.limber.routine.api;

import app.limber.routine.domain.RoutineException;

/** A user id from a path: a token subject, so any text PostgreSQL can hold and a token could carry. */
final class UserIds {

    static final int MAX_LENGTH = 255;

    private UserIds() {
    }

    static String read(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw RoutineException.invalid(field, "must be a user id: 1 to " + MAX_LENGTH + " characters, no control characters");
        }
        return value;
    }
}
