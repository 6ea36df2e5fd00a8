/** The development entry of the page-UI JSX runtime (what JSX compiles to outside production builds). */
export { Fragment, JSX, jsx, jsxDEV, jsxs } from './jsx-runtime';
