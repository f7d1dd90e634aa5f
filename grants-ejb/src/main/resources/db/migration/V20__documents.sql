-- Received documents (uploads), in the database and never under the web root: the original bytes
-- unchanged, with their SHA-256 and size as the journal records them. A stored document never
-- changes (a correction is a new document), so the table refuses updates.
CREATE TABLE stored_document (
    id           uuid         PRIMARY KEY,
    display_name varchar(200) NOT NULL,
    media_type   varchar(64)  NOT NULL CHECK (media_type = 'application/pdf'),
    size_bytes   bigint       NOT NULL CHECK (size_bytes > 0),
    sha256       char(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    page_count   integer      NOT NULL CHECK (page_count > 0),
    received_at  timestamp(6) with time zone NOT NULL,
    received_by  varchar(64)  NOT NULL,
    content      bytea        NOT NULL,
    CONSTRAINT stored_document_size CHECK (octet_length(content) = size_bytes)
);
-- PDFs are compressed already: keep the bytes out of line without compressing them again
ALTER TABLE stored_document ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE FUNCTION stored_document_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stored_document % is immutable: store a new document instead', OLD.id;
END
$$;
CREATE TRIGGER stored_document_no_update BEFORE UPDATE ON stored_document
    FOR EACH ROW EXECUTE FUNCTION stored_document_immutable();
