import { MARKDOWN_HINT, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { GROUP_LANGUAGES } from "@/lib/groups/languages";

/** The fields a group's creator fills in and its owner can change later (the name comes first, separately). */
export function GroupDetailsFields({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  return (
    <>
      <TextAreaField preview name="description" label="Description" defaultValue={values.description} error={errors.description} hint={MARKDOWN_HINT} rows={6} required />
      <TextField name="tags" label="Topic tags" defaultValue={values.tags} error={errors.tags} hint="Comma-separated, up to 8: e.g. gardening, compost, city" />
      <SelectField
        name="language"
        label="Language of the discussions"
        defaultValue={values.language ?? "en"}
        error={errors.language}
        hint="What members write is marked up in it, so screen readers pronounce it right."
        options={GROUP_LANGUAGES.map(({ code, label }) => ({ value: code, label }))}
      />
      <SelectField
        name="visibility"
        label="Who can see the group"
        defaultValue={values.visibility ?? "public"}
        error={errors.visibility}
        hint="Nobody joins a private group on their own: its owners add members by email on the group's Members page, or share invite links from there. A listed private group is in the directory (its name, description, topics, member count and last activity), and anyone may ask to join: its moderators answer on the Members page."
        options={[
          { value: "public", label: "Public — anyone can read and join" },
          { value: "listed", label: "Private, listed — anyone can find it and ask to join; only members read it" },
          { value: "private", label: "Private — only members see it" },
        ]}
      />
    </>
  );
}
