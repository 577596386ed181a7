import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { formatParts } from '../../core/i18n';
import type { MessageId } from '../../core/i18n';

/** A catalogue sentence with elements (isolated names) placed where the sentence names them. */
export function Rich({
  id,
  values,
}: {
  id: MessageId;
  values: Readonly<Record<string, string | number | ReactNode>>;
}) {
  return (
    <>
      {formatParts<ReactNode>(id, values).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}
