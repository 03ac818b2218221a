/* template main.js (trimmed) */
