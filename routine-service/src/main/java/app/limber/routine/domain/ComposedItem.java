package app.limber.routine.domain;

/** One proposed item: the exercise, a fixed prescription (min = max) and the rest after each set. */
public record ComposedItem(ExerciseSnapshot exercise, Prescription prescription, int restSeconds) {

    DurationEstimator.Item asEstimatorItem() {
        return new DurationEstimator.Item(prescription, prescription.appliesPerSide(), restSeconds);
    }
}
