/** How a person reached the system. The workflow records it beside `as` (the audit trail). */
export type Channel = 'cli-operator' | 'portal-session' | 'portal-link';

/**
 * Who acts. The workflow checks that `email` may take the task; the channel says how far that is proven:
 * a CLI operator holds namespace credentials and acts on behalf of `email`, the portal has proven `email`
 * by sign-in or by a signed link.
 */
export interface Actor {
  email: string;
  channel: Channel;
}

/** The sender fields every task message carries. */
export const sender = (actor: Actor) => ({ as: actor.email, channel: actor.channel });
