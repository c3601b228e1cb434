-- The directory searches a group's name and tags folded (lower case, no accents): "cafe" finds
-- "Repair Café". The app writes it (lib/groups/search.ts); existing groups get the same folding
-- for the usual accented Latin letters here.
ALTER TABLE "Group" ADD COLUMN "searchText" TEXT NOT NULL DEFAULT '';

UPDATE "Group" SET "searchText" = lower(translate(
  name || ' ' || array_to_string(tags, ' ') || ' ' || replace(array_to_string(tags, ' '), '-', ' '),
  'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝýÿ',
  'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOoooooUUUUuuuuYyy'
));
