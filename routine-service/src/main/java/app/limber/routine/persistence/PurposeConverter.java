package app.limber.routine.persistence;

import app.limber.routine.domain.Purpose;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the vocabulary term ({@code warm-up}), the same text the API and the events use. */
@Converter
public class PurposeConverter implements AttributeConverter<Purpose, String> {
    @Override
    public String convertToDatabaseColumn(Purpose purpose) {
        return purpose == null ? null : purpose.term();
    }

    @Override
    public Purpose convertToEntityAttribute(String term) {
        return term == null ? null : Purpose.fromTerm(term);
    }
}
