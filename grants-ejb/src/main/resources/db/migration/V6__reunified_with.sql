-- A family member reunified with a person in the register (R-IG-1, R-IG-2): the reference person
-- (referanseperson) the family member came to. Optional; the person page shows it through the
-- caller's municipality scope, like the mother of a child born after her settlement.
ALTER TABLE settlement ADD COLUMN reunified_with_id bigint REFERENCES person (id);
CREATE INDEX settlement_reunified_with ON settlement (reunified_with_id);
