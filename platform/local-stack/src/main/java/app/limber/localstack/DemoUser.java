package app.limber.localstack;

import java.util.List;

/** The users the stack prints ready-to-paste tokens for, one per role. */
public record DemoUser(String id, String role) {

    public static final List<DemoUser> ALL = List.of(
            new DemoUser("demo-athlete", "athlete"),
            new DemoUser("demo-admin", "admin"),
            new DemoUser("demo-analyst", "analyst"),
            new DemoUser("demo-coach", "coach"));
}
